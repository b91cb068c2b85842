"""How the runner trains: the Trainer arguments (hardware settings included) and resumption.

`training_arguments` holds every Trainer setting the runner uses, so that all of them are
visible in one place; `device_settings` resolves how the hardware is used (the CUDA path:
bf16 autocast, TF32, fused AdamW, length grouping, torch.compile; plain values on a CPU);
`train` resumes from the newest complete checkpoint. The settings that differ between
transformers 4.x and 5.x (warm-up as a ratio, length grouping as a sampling strategy) are
chosen by what the installed `TrainingArguments` accepts.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from datasets import Dataset
from torch import nn
from transformers import PreTrainedTokenizerBase, Trainer, TrainingArguments

from .recipe import Hyperparameters

log = logging.getLogger("verify_claims.reproduce.runner")  # one logger for the whole run


@dataclass(frozen=True)
class DeviceSettings:
    """How a run uses its hardware, resolved once from the recipe and the device found.

    On a CUDA GPU: bf16 autocast where the GPU supports bfloat16 (Ampere and newer), TF32
    matmuls there too, the fused AdamW kernel, batches padded to a multiple of 8 (tensor-core
    shapes) and, when the recipe asks, torch.compile. On a CPU every one of these resolves to
    its plain value (fp32, no TF32, the for-loop AdamW, no compile, no length grouping unless
    the recipe asks), so smoke runs on a laptop train exactly as before.
    """

    bf16: bool
    tf32: bool | None  # None: left alone (a CPU has no TF32 switch)
    optim: str
    group_by_length: bool
    torch_compile: bool
    pad_to_multiple_of: int | None


def device_settings(hp: Hyperparameters, cuda: bool | None = None,
                    bf16_supported: bool | None = None,
                    tf32_supported: bool | None = None) -> DeviceSettings:
    """The settings for `hp` on this machine (or on the device described by the flags, which
    is how the tests resolve the GPU case on a CPU)."""
    if cuda is None:
        cuda = torch.cuda.is_available()
    if cuda:
        if bf16_supported is None:
            bf16_supported = torch.cuda.is_bf16_supported()
        if tf32_supported is None:
            tf32_supported = torch.cuda.get_device_capability()[0] >= 8
    else:
        bf16_supported = tf32_supported = False
    if hp.precision == "bf16" and not bf16_supported:
        raise ValueError("hyperparameters.precision is bf16, but this device has no bfloat16 "
                         "support (a CUDA GPU of the Ampere generation or newer is needed); "
                         "use precision auto or fp32")
    fast = hp.precision != "fp32"
    return DeviceSettings(
        bf16=bool(cuda and fast and bf16_supported),
        tf32=bool(fast and tf32_supported) if cuda else None,
        optim="adamw_torch_fused" if cuda else "adamw_torch",
        group_by_length=cuda if hp.group_by_length is None else hp.group_by_length,
        torch_compile=bool(cuda and hp.torch_compile),
        pad_to_multiple_of=8 if cuda else None)


def _grouping(enabled: bool) -> dict[str, Any]:
    """Length grouping in this transformers release's terms (5.x: a sampling strategy)."""
    if "train_sampling_strategy" in TrainingArguments.__dataclass_fields__:
        return {"train_sampling_strategy": "group_by_length" if enabled else "random"}
    return {"group_by_length": enabled}


def _warmup(ratio: float) -> dict[str, Any]:
    """Warm-up as a fraction of the training steps: `warmup_steps` takes a float below 1 in
    transformers 5, which dropped `warmup_ratio`; 4.x has `warmup_ratio` and int steps."""
    if "warmup_ratio" in TrainingArguments.__dataclass_fields__:
        return {"warmup_ratio": ratio}
    return {"warmup_steps": ratio}


def training_arguments(folder: Path, hp: Hyperparameters, seed: int, epochs: float,
                       device: DeviceSettings | None = None) -> TrainingArguments:
    """Every Trainer setting the runner uses (jiant's for Phang et al.: AdamW, weight decay
    0.01, linear schedule with 10 % warm-up). Checkpoints each epoch, only the last kept.
    How the hardware is used comes from `device_settings` (default: this machine's)."""
    device = device or device_settings(hp)
    return TrainingArguments(
        output_dir=str(folder),
        learning_rate=hp.learning_rate,
        weight_decay=hp.weight_decay,
        optim=device.optim,
        lr_scheduler_type="linear",
        **_warmup(hp.warmup_ratio),
        num_train_epochs=epochs,
        per_device_train_batch_size=hp.batch_size,
        per_device_eval_batch_size=hp.batch_size * 4,
        gradient_accumulation_steps=hp.gradient_accumulation_steps,
        seed=seed,
        data_seed=seed,
        bf16=device.bf16,
        tf32=device.tf32,
        torch_compile=device.torch_compile,
        **_grouping(device.group_by_length),
        save_strategy="epoch",
        save_total_limit=1,
        eval_strategy="no",
        logging_strategy="epoch",
        report_to="none",
        dataloader_num_workers=0,
        dataloader_pin_memory=torch.cuda.is_available(),
        disable_tqdm=True,
    )


def last_complete_checkpoint(folder: Path) -> str | None:
    """The newest checkpoint of `folder` that was saved whole, or None.

    Trainer writes `trainer_state.json` last (after the weights, optimizer and RNG states), so
    a checkpoint without a readable one was cut short, e.g. by a kill during the save; resuming
    from it fails every time. Such folders are skipped (and named in the log); the Trainer
    overwrites them when it reaches their step again.
    """
    checkpoints = []
    for path in Path(folder).glob("checkpoint-*"):
        step = path.name.removeprefix("checkpoint-")
        if path.is_dir() and step.isdigit():
            checkpoints.append((int(step), path))
    for _, path in sorted(checkpoints, reverse=True):
        try:
            json.loads((path / "trainer_state.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            log.warning("skipping the incomplete checkpoint %s (no readable trainer_state.json;"
                        " interrupted while saving?)", path)
            continue
        return str(path)
    return None


def train(model: nn.Module, features: Dataset, collate: Any, args: TrainingArguments,
          tokenizer: PreTrainedTokenizerBase | None = None,
          callbacks: list[Any] | None = None) -> None:
    """Trainer.train, resumed from the folder's last complete checkpoint when there is one.
    `callbacks` go to the Trainer (the GPU benchmark times steps with one)."""
    resume = last_complete_checkpoint(Path(args.output_dir))
    if resume:
        log.info("resuming from %s", resume)
    trainer = Trainer(model=model, args=args, train_dataset=features, data_collator=collate,
                      processing_class=tokenizer, callbacks=callbacks)
    trainer.train(resume_from_checkpoint=resume)
