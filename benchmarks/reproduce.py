"""Training throughput of the reproduction runner against a plain `transformers.Trainer`.

Both train the same smoke model (tiny random-init XLM-R, tokenizer trained locally) on the
same smoke XNLI training data with the same `TrainingArguments` (the runner's, per-epoch
checkpoints included); the runner goes through its own path (`runner.train`: checkpoint
discovery and resume) and the plain script calls `Trainer(...).train()`. A third arm, a plain
Trainer that saves no checkpoints, shows what the checkpoints themselves cost (which the
runner pays so that interrupted runs resume). Runs alternate so that a busy machine hurts all
alike; the best of each is compared. Prints tokens/s, ratios and peak memory. No asserts.

    python benchmarks/reproduce.py [--examples 2048] [--epochs 2] [--repeats 3]
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

import torch
from transformers import AutoTokenizer, Trainer
from transformers.utils import logging as transformers_logging

from verify_claims.reproduce import families, smoke
from verify_claims.reproduce.data import DataReader, load_train
from verify_claims.reproduce.recipe import Hyperparameters
from verify_claims.reproduce.runner import train, training_arguments
from verify_claims.reproduce.tasks import get_task


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=2048)
    parser.add_argument("--epochs", type=float, default=4)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    torch.set_num_threads(1)  # as the runner does for smoke scale on a CPU
    transformers_logging.set_verbosity_error()
    transformers_logging.disable_progress_bar()
    spec = get_task("xnli")
    hp = Hyperparameters(learning_rate=1e-3, max_length=64, batch_size=16,
                         max_train_examples=args.examples)
    with tempfile.TemporaryDirectory(prefix="reproduce-bench-") as folder:
        root = Path(folder)
        model_path = smoke.ensure_smoke_model("smoke:xlm-r-tiny", root / "models")
        reader = DataReader(smoke.write_smoke_data(root / "data"), root / "cache")
        tokenizer = AutoTokenizer.from_pretrained(model_path)
        rows = load_train(reader, spec, hp.max_train_examples)
        features = families.encode(spec, rows, tokenizer, hp, train=True)
        collate = families.collator(spec, tokenizer)
        tokens = sum(len(ids) for ids in features["input_ids"]) * args.epochs

        def with_runner(run: int) -> float:
            model = families.load_model(spec, model_path)
            arguments = training_arguments(root / f"runner-{run}", hp, seed=1,
                                           epochs=args.epochs)
            start = time.perf_counter()
            train(model, features, collate, arguments, tokenizer)
            return time.perf_counter() - start

        def with_plain_trainer(run: int, checkpoints: bool = True) -> float:
            model = families.load_model(spec, model_path)
            arguments = training_arguments(root / f"plain-{run}-{checkpoints}", hp, seed=1,
                                           epochs=args.epochs)
            if not checkpoints:
                arguments.save_strategy = "no"
            start = time.perf_counter()
            Trainer(model=model, args=arguments, train_dataset=features,
                    data_collator=collate).train()
            return time.perf_counter() - start

        runner_times, plain_times, bare_times = [], [], []
        for run in range(args.repeats):
            plain_times.append(with_plain_trainer(run))
            runner_times.append(with_runner(run))
            bare_times.append(with_plain_trainer(run, checkpoints=False))

    best_runner, best_plain, best_bare = min(runner_times), min(plain_times), min(bare_times)
    print(f"training data: {len(features):,} smoke XNLI examples, {tokens:,.0f} tokens "
          f"over {args.epochs:g} epochs; best of {args.repeats} alternating runs each")
    print(f"plain Trainer:  {tokens / best_plain:10,.0f} tokens/s ({best_plain:.2f} s)")
    print(f"runner:         {tokens / best_runner:10,.0f} tokens/s ({best_runner:.2f} s)")
    print(f"plain Trainer, no checkpoints: {tokens / best_bare:,.0f} tokens/s "
          f"({best_bare:.2f} s)")
    print(f"runner overhead over the plain Trainer: {100 * (best_runner / best_plain - 1):+.1f} %"
          " (target <= 5 %)")
    print(f"cost of per-epoch checkpoints at this (tiny) scale: "
          f"{100 * (best_plain / best_bare - 1):+.1f} %")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak:,.0f} MiB")
    if torch.cuda.is_available():
        print(f"peak GPU memory: {torch.cuda.max_memory_allocated() / 2**20:,.0f} MiB")


if __name__ == "__main__":
    main()
