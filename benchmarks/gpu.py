"""Training throughput of XLM-R Large on this machine's accelerator: the runner against a plain
`transformers.Trainer`, and the figures `verify-claims plan` turns into GPU-hours.

An XLM-R-Large-shaped classifier is initialised randomly from its configuration (no weights
are downloaded) and trained on synthetic batches of full-length sequences (256 and 384 tokens,
the recipes' max_length and qa_max_length). Each (arm, batch size, length) trains for
`--warmup` + `--steps` steps from a fresh model with the runner's `training_arguments`
(device settings resolved as in a real run: bf16 autocast, TF32 and fused AdamW on a GPU;
checkpoints off, so that saving gigabytes does not count as training). A callback times the
steps after the warm-up:

- tokens/s and step time (the median step);
- peak GPU memory (torch.cuda.max_memory_allocated, reset per run; on a CPU the process's
  peak resident memory);
- model FLOPs utilisation: (6 x non-embedding parameters + 12 x layers x hidden x length)
  FLOPs per token (training: forward and backward; the second term is attention's two
  matmuls) x tokens/s, over the GPU's dense bf16 peak. Embedding lookups are not matmuls and
  are left out (counting XLM-R's 256M embedding parameters would nearly double the figure).

Arms: `runner` trains through `runner.train` with the runner's collator (dynamic padding to a
multiple of 8 on a GPU); `trainer` builds `Trainer(...)` itself with the same arguments and a
plain `DataCollatorWithPadding`. The overhead is the ratio of their median step times.

The JSON (default `reproduce/throughput.json` for the XLM-R Large shape) holds every run and,
under "runner", the sequences/s at the recipes' batch size that `plan` reads. On a CPU (or with
`--tiny`) a tiny shape runs in seconds so CI exercises the script; `plan` ignores that shape.

    python benchmarks/gpu.py [--tiny] [--batch-sizes 4,32] [--steps 20] [--compile]
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import resource
import statistics
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

import torch
from datasets import Dataset
from transformers import (
    DataCollatorWithPadding,
    Trainer,
    TrainerCallback,
    XLMRobertaConfig,
    XLMRobertaForSequenceClassification,
)
from transformers import __version__ as transformers_version
from transformers.utils import logging as transformers_logging

from verify_claims.reproduce import families, smoke
from verify_claims.reproduce.recipe import Hyperparameters
from verify_claims.reproduce.runner import device_settings, train, training_arguments
from verify_claims.reproduce.tasks import get_task

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "reproduce" / "throughput.json"
LARGE = {"vocab_size": 250_002, "hidden_size": 1024, "num_hidden_layers": 24,
         "num_attention_heads": 16, "intermediate_size": 4096, "max_position_embeddings": 514,
         "type_vocab_size": 1}
TINY = {"vocab_size": 1000, "hidden_size": 64, "num_hidden_layers": 2, "num_attention_heads": 2,
        "intermediate_size": 128, "max_position_embeddings": 130, "type_vocab_size": 1}
# Dense bf16 tensor-core peaks (TFLOP/s) from the vendors' data sheets, by name fragment.
PEAK_BF16_TFLOPS = {"H200": 989.0, "H100 SXM": 989.0, "H100 80GB HBM3": 989.0,
                    "H100 PCIe": 756.0, "H100": 756.0, "A100": 312.0, "L40S": 362.0,
                    "L4": 121.0, "A10": 125.0}


class StepTimer(TrainerCallback):
    """Wall time of each optimizer step after `warmup` steps (CUDA synchronised)."""

    def __init__(self, warmup: int):
        self.warmup = warmup
        self.times: list[float] = []
        self._start = 0.0

    def _sync(self) -> None:
        if torch.cuda.is_available():
            torch.cuda.synchronize()

    def on_step_begin(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
        self._sync()
        self._start = time.perf_counter()

    def on_step_end(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
        self._sync()
        if state.global_step > self.warmup:
            self.times.append(time.perf_counter() - self._start)


def peak_tflops(device: str, given: float | None) -> float | None:
    if given is not None:
        return given
    for fragment, value in PEAK_BF16_TFLOPS.items():
        if fragment in device:
            return value
    return None


def flops_per_token(config: XLMRobertaConfig, non_embedding: int, length: int) -> float:
    return 6 * non_embedding + 12 * config.num_hidden_layers * config.hidden_size * length


def synthetic(rows: int, length: int, vocab: int, seed: int) -> Dataset:
    generator = torch.Generator().manual_seed(seed)
    ids = torch.randint(5, vocab, (rows, length), generator=generator)
    ids[:, 0], ids[:, -1] = 0, 2  # <s> ... </s>
    return Dataset.from_dict({"input_ids": ids.tolist(), "attention_mask": [[1] * length] * rows,
                              "labels": torch.randint(0, 3, (rows,), generator=generator)
                              .tolist()})


def run_one(arm: str, config: XLMRobertaConfig, hp: Hyperparameters, length: int,
            options: argparse.Namespace, tokenizer: Any, folder: Path) -> dict[str, Any]:
    torch.manual_seed(0)
    model = XLMRobertaForSequenceClassification(config)
    parameters = sum(p.numel() for p in model.parameters())
    embeddings = sum(p.numel() for p in model.roberta.embeddings.parameters())
    rows = hp.batch_size * (options.warmup + options.steps)
    data = synthetic(rows, length, config.vocab_size, seed=length)
    args = training_arguments(folder / f"{arm}-{hp.batch_size}-{length}", hp, seed=1, epochs=1)
    args.save_strategy = "no"
    args.logging_strategy = "no"
    timer = StepTimer(options.warmup)
    gc.collect()  # the previous run's model and optimizer state
    if torch.cuda.is_available():
        torch.cuda.empty_cache()
        torch.cuda.reset_peak_memory_stats()
    spec = get_task("xnli")
    if arm == "runner":
        collate = families.collator(spec, tokenizer, device_settings(hp).pad_to_multiple_of)
        train(model, data, collate, args, tokenizer, callbacks=[timer])
    else:
        Trainer(model=model, args=args, train_dataset=data,
                data_collator=DataCollatorWithPadding(tokenizer), processing_class=tokenizer,
                callbacks=[timer]).train()
    step = statistics.median(timer.times)
    tokens_per_s = hp.batch_size * length / step
    device = torch.cuda.get_device_name(0) if torch.cuda.is_available() else "CPU"
    peak = peak_tflops(device, options.peak_tflops) if torch.cuda.is_available() else None
    flops = flops_per_token(config, parameters - embeddings, length) * tokens_per_s
    memory = (torch.cuda.max_memory_allocated() if torch.cuda.is_available()
              else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
    del model
    return {"arm": arm, "batch_size": hp.batch_size, "length": length,
            "steps_timed": len(timer.times), "step_time_s": round(step, 5),
            "tokens_per_s": round(tokens_per_s, 1),
            "sequences_per_s": round(tokens_per_s / length, 3),
            "peak_memory_gib": round(memory / 2**30, 3),
            "model_tflops": round(flops / 1e12, 3),
            "mfu": round(flops / (peak * 1e12), 4) if peak else None,
            "parameters": parameters, "non_embedding_parameters": parameters - embeddings}


def measure(options: argparse.Namespace) -> dict[str, Any]:
    tiny = options.tiny or not torch.cuda.is_available()
    shape = TINY if tiny else LARGE
    lengths = [16, 24] if tiny else [256, 384]
    with tempfile.TemporaryDirectory(prefix="gpu-bench-") as folder:
        root = Path(folder)
        tokenizer_path = smoke.ensure_smoke_model(smoke.SMOKE_MODEL, root / "models")
        from transformers import AutoTokenizer

        tokenizer = AutoTokenizer.from_pretrained(tokenizer_path)  # only its pad id is used
        config = XLMRobertaConfig(pad_token_id=tokenizer.pad_token_id, num_labels=3, **shape)
        runs = []
        for batch_size in options.batch_sizes:
            hp = Hyperparameters(batch_size=batch_size, torch_compile=options.compile,
                                 learning_rate=1e-5)
            for length in lengths:
                for arm in ("trainer", "runner"):  # alternating, as a busy machine hurts both
                    runs.append(run_one(arm, config, hp, length, options, tokenizer, root))
                    print(json.dumps(runs[-1]), file=sys.stderr, flush=True)
    device = torch.cuda.get_device_name(0) if torch.cuda.is_available() else \
        f"CPU {platform.machine()}"
    recipe_batch = options.batch_sizes[0]
    overhead = {}
    for run in runs:
        if run["arm"] != "runner":
            continue
        plain = next(r for r in runs if r["arm"] == "trainer" and
                     (r["batch_size"], r["length"]) == (run["batch_size"], run["length"]))
        overhead[f"batch {run['batch_size']}, length {run['length']}"] = round(
            100 * (run["step_time_s"] / plain["step_time_s"] - 1), 2)
    return {
        "shape": "tiny" if tiny else "xlm-roberta-large",
        "device": device,
        "peak_bf16_tflops": peak_tflops(device, options.peak_tflops)
        if torch.cuda.is_available() else None,
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "torch": torch.__version__, "transformers": transformers_version,
        "settings": asdict(device_settings(Hyperparameters(torch_compile=options.compile))),
        "warmup_steps": options.warmup, "steps": options.steps,
        "runner": {"batch_size": recipe_batch, "sequences_per_s": {
            str(r["length"]): r["sequences_per_s"] for r in runs
            if r["arm"] == "runner" and r["batch_size"] == recipe_batch}},
        "runner_overhead_percent": overhead,
        "runs": runs,
    }


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tiny", action="store_true", help="the tiny shape (always on a CPU)")
    parser.add_argument("--batch-sizes", default=f"{Hyperparameters().batch_size},32",
                        help="comma-separated; the first is the recipes' (what plan uses)")
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--compile", action="store_true", help="torch.compile the model")
    parser.add_argument("--peak-tflops", type=float, default=None,
                        help="the GPU's dense bf16 peak, when its name is not in the table")
    parser.add_argument("--out", type=Path, default=None,
                        help=f"where to write the JSON (default {DEFAULT_OUT} for XLM-R Large; "
                             "the tiny shape is only printed unless --out is given)")
    options = parser.parse_args(argv)
    options.batch_sizes = [int(size) for size in options.batch_sizes.split(",")]
    transformers_logging.set_verbosity_error()
    transformers_logging.disable_progress_bar()
    if not torch.cuda.is_available():
        torch.set_num_threads(1)
    result = measure(options)
    out = options.out or (DEFAULT_OUT if result["shape"] == "xlm-roberta-large" else None)
    text = json.dumps(result, indent=1) + "\n"
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        temporary = out.with_name(out.name + ".tmp")
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(out)
        print(f"wrote {out}", file=sys.stderr)
    for run in result["runs"]:
        mfu = f"{100 * run['mfu']:.1f} %" if run["mfu"] is not None else "n/a"
        print(f"{run['arm']:8} batch {run['batch_size']:3} length {run['length']:4}: "
              f"{run['tokens_per_s']:12,.0f} tokens/s, step {run['step_time_s'] * 1000:8.1f} ms, "
              f"peak {run['peak_memory_gib']:7.2f} GiB, MFU {mfu}")
    for key, value in result["runner_overhead_percent"].items():
        print(f"runner overhead over the plain Trainer at {key}: {value:+.1f} % (bar <= 5 %)")
    return result


if __name__ == "__main__":
    main()
