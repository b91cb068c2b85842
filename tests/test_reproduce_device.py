"""The CUDA path of the runner (issue 12): bf16 autocast, TF32, fused AdamW, length-grouped
batches with dynamic padding and optional torch.compile, all in `training_arguments`; on a CPU
each resolves to its safe value. The GPU case is resolved from explicit device flags."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("transformers")

import datasets  # noqa: E402
import torch  # noqa: E402
import transformers  # noqa: E402
from transformers import Trainer  # noqa: E402

from verify_claims.reproduce import families, runner, smoke  # noqa: E402
from verify_claims.reproduce.recipe import Hyperparameters  # noqa: E402
from verify_claims.reproduce.tasks import get_task  # noqa: E402


def _grouped(args) -> bool:
    return getattr(args, "train_sampling_strategy", None) == "group_by_length" or \
        bool(getattr(args, "group_by_length", False))


def test_on_a_cpu_every_setting_resolves_to_its_safe_value(tmp_path):
    if torch.cuda.is_available():
        pytest.skip("checks the CPU resolution")
    hp = Hyperparameters(torch_compile=True, precision="auto")
    args = runner.training_arguments(tmp_path, hp, 1, 1)
    assert (args.bf16, args.fp16, args.tf32, args.torch_compile) == (False, False, None, False)
    assert str(args.optim.value if hasattr(args.optim, "value") else args.optim) == "adamw_torch"
    assert not _grouped(args)  # CPU runs batch as before unless the recipe asks
    assert _grouped(runner.training_arguments(
        tmp_path, Hyperparameters(group_by_length=True), 1, 1))
    assert runner.device_settings(hp).pad_to_multiple_of is None
    with pytest.raises(ValueError, match="bfloat16"):
        runner.device_settings(Hyperparameters(precision="bf16"))


def test_on_a_cuda_gpu_the_fast_settings_are_chosen():
    hp = Hyperparameters()
    ampere = runner.device_settings(hp, cuda=True, bf16_supported=True, tf32_supported=True)
    assert (ampere.bf16, ampere.tf32, ampere.optim, ampere.torch_compile,
            ampere.pad_to_multiple_of, ampere.group_by_length) == \
        (True, True, "adamw_torch_fused", False, 8, True)
    assert not runner.device_settings(Hyperparameters(group_by_length=False), cuda=True,
                                      bf16_supported=True, tf32_supported=True).group_by_length
    compiled = runner.device_settings(Hyperparameters(torch_compile=True), cuda=True,
                                      bf16_supported=True, tf32_supported=True)
    assert compiled.torch_compile
    volta = runner.device_settings(hp, cuda=True, bf16_supported=False, tf32_supported=False)
    assert (volta.bf16, volta.tf32) == (False, False)
    strict = runner.device_settings(Hyperparameters(precision="fp32"), cuda=True,
                                    bf16_supported=True, tf32_supported=True)
    assert (strict.bf16, strict.tf32, strict.optim) == (False, False, "adamw_torch_fused")
    with pytest.raises(ValueError, match="bfloat16"):
        runner.device_settings(Hyperparameters(precision="bf16"), cuda=True,
                               bf16_supported=False, tf32_supported=False)


def test_collators_pad_each_batch_to_its_longest_row(tmp_path):
    tokenizer = transformers.AutoTokenizer.from_pretrained(
        smoke.ensure_smoke_model(smoke.SMOKE_MODEL, tmp_path / "models"))
    rows = [{"input_ids": [0, 5, 2], "attention_mask": [1, 1, 1], "labels": 1},
            {"input_ids": [0, 5, 6, 7, 2], "attention_mask": [1] * 5, "labels": 0}]
    spec = get_task("xnli")
    assert families.collator(spec, tokenizer)(rows)["input_ids"].shape == (2, 5)
    assert families.collator(spec, tokenizer, 8)(rows)["input_ids"].shape == (2, 8)


def test_predictions_keep_the_data_order_with_length_grouping(tmp_path):
    """transformers 5 applies the grouped sampler to evaluation too; scores must not see
    predictions in another order than the gold labels."""
    transformers.logging.set_verbosity_error()
    datasets.disable_progress_bars()
    torch.set_num_threads(1)
    model_path = smoke.ensure_smoke_model(smoke.SMOKE_MODEL, tmp_path / "models")
    tokenizer = transformers.AutoTokenizer.from_pretrained(model_path)
    spec = get_task("xnli")
    model = families.load_model(spec, model_path)
    rng = np.random.default_rng(0)
    texts = [" ".join(["alice"] * int(n)) for n in rng.integers(1, 40, size=64)]
    features = datasets.Dataset.from_dict(tokenizer(texts, truncation=True, max_length=64))
    args = runner.training_arguments(tmp_path / "out", Hyperparameters(
        batch_size=2, group_by_length=True), 1, 1)
    assert _grouped(args)
    expected = Trainer(model=model, args=families.in_order(args),
                       data_collator=families.collator(spec, tokenizer)).predict(features)
    model.eval()
    with torch.no_grad():
        direct = [model(**{k: torch.tensor([v]) for k, v in row.items()}).logits[0].numpy()
                  for row in features]
    np.testing.assert_allclose(expected.predictions, np.stack(direct), atol=1e-4)
