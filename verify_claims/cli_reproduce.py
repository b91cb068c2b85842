"""The reproduction commands: `recipes`, `reproduce` and `plan` (verify_claims/cli.py).

`recipes` lists the training recipes and the claims they re-measure, `reproduce` runs them,
`plan` lists every job and its GPU-hours without running anything. Kept apart from the audit
because they drive the reproduction stack (reproduce/), imported only when run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from .cli_app import EXIT_STATUS, app, console

__all__ = ["plan", "recipes", "reproduce"]


@app.command()
def recipes(
    recipes_dir: Annotated[list[Path] | None, typer.Option(
        "--recipes", metavar="DIR", exists=True, file_okay=False,
        help="Extra folder of recipe files (repeatable).")] = None,
) -> None:
    """List the reproduction recipes and the claims they re-measure."""
    from rich.table import Table

    from verify_claims.reproduce.registry import Registry

    registry = Registry(recipes_dir or [])
    table = Table(title="Recipes")
    for column in ("id", "version", "scale", "claimed", "re-measures", "GPU-h/seed"):
        table.add_column(column, overflow="fold")
    for recipe_id in registry.ids():
        recipe = registry.get(recipe_id)
        table.add_row(recipe.id, str(recipe.metadata.version), recipe.scale,
                      "direction" if recipe.claimed is None else f"{recipe.claimed:g}",
                      escape(recipe.claims[0].text), f"{recipe.cost.gpu_hours or '—'}")
    console.print(table)
    for error in registry.problems:
        console.print(f"[yellow]warning[/]: {escape(str(error))}", highlight=False)


@app.command()
def reproduce(
    recipe_ids: Annotated[list[str] | None, typer.Argument(
        metavar="RECIPE", hidden=True, show_default=False,
        help="Recipe ids (see `verify-claims recipes`).")] = None,
    claim: Annotated[str | None, typer.Option(
        metavar="ID", help="Run the recipes bound to this claim id (from --claims).")] = None,
    claims_file: Annotated[Path, typer.Option(
        "--claims", metavar="FILE", help="claims.jsonl of an audit, for --claim.")]
    = Path("audit/claims.jsonl"),
    scale: Annotated[str, typer.Option(metavar="[smoke|paper]",
                                       help="smoke (tiny, CPU) or paper.")] = "smoke",
    seeds: Annotated[int | None, typer.Option(
        metavar="N", help="How many seeds (default: the recipe's).")] = None,
    launcher: Annotated[str, typer.Option(metavar="[local|accelerate|slurm]",
                                          help="Where the runs go.")] = "local",
    results: Annotated[Path, typer.Option(metavar="DIR",
                                          help="Folder for results and checkpoints.")]
    = Path("runs"),
    recipes_dir: Annotated[list[Path] | None, typer.Option(
        "--recipes", metavar="DIR", exists=True, file_okay=False,
        help="Extra folder of recipe files (repeatable).")] = None,
) -> None:
    """Re-measure claims by running their recipes.

    Runs the recipes named (RECIPE..., see `verify-claims recipes`) or bound to --claim;
    completed runs are skipped, and results are written to --results, where the audit picks
    them up. Needs the reproduction extra (PyTorch, transformers, datasets).
    """
    from verify_claims.claims import Claim, read_jsonl
    from verify_claims.reproduce import launch
    from verify_claims.reproduce.registry import Registry, UnknownRecipe
    from verify_claims.reproduce.results import ResultsStore

    if scale not in ("smoke", "paper"):
        raise typer.BadParameter("must be smoke or paper", param_hint="--scale")
    if launcher not in launch.LAUNCHERS:
        raise typer.BadParameter(f"must be one of {', '.join(launch.LAUNCHERS)}",
                                 param_hint="--launcher")
    folders = recipes_dir or []
    registry = Registry(folders)
    try:
        chosen = [registry.get(recipe_id) for recipe_id in recipe_ids or []]
    except (UnknownRecipe, ValueError) as error:
        console.print(f"[red]error[/]: {escape(str(error))}", highlight=False)
        raise typer.Exit(2) from None
    if claim is not None:
        matches = [c for c in read_jsonl(claims_file, Claim) if c.id == claim]
        if not matches:
            console.print(f"[red]error[/]: no claim {escape(claim)} in {escape(str(claims_file))}")
            raise typer.Exit(2)
        chosen += registry.for_claim(matches[0])
    if not chosen:
        console.print("[red]error[/]: name recipes or --claim (see `verify-claims recipes`)")
        raise typer.Exit(2)
    store = ResultsStore(results)
    todo, done = launch.plan(list({r.id: r for r in chosen}.values()), scale, seeds, store)
    for job in done:
        console.print(f"skip {job.recipe} seed {job.seed} ({scale}): already completed")
    if launcher == "local":
        finished = launch.launch_local(todo, results, folders)
    elif launcher == "accelerate":
        finished = launch.launch_accelerate(todo, results, folders)
    else:
        finished = launch.launch_slurm(todo, results, folders)
    for result in finished:
        state = (f"{result.aggregate:+.2f}" if result.aggregate is not None
                 else f"failed: {result.error}")
        console.print(f"{result.recipe} seed {result.seed} ({result.scale}): {state} "
                      f"in {result.wall_time_s or 0:.1f} s", highlight=False)
    console.print(f"results in {results}/ (the audit reads them with --results {results})")
    if any(result.status == "failed" for result in finished):
        raise typer.Exit(1)


@app.command(epilog=EXIT_STATUS)
def plan(
    recipe_ids: Annotated[list[str], typer.Argument(
        metavar="RECIPE", hidden=True, show_default=False,
        help="Recipe ids (see `verify-claims recipes`).")],
    scale: Annotated[str, typer.Option(metavar="[smoke|paper]",
                                       help="smoke (tiny, CPU) or paper.")] = "paper",
    seeds: Annotated[int | None, typer.Option(
        metavar="N", help="How many seeds (default: the recipe's).")] = None,
    throughput: Annotated[Path | None, typer.Option(
        metavar="FILE",
        help="Throughput JSON from benchmarks/gpu.py (default: reproduce/throughput.json).")]
    = None,
    as_json: Annotated[bool, typer.Option("--json", show_default=False,
                                          help="Print the plan as JSON.")] = False,
    recipes_dir: Annotated[list[Path] | None, typer.Option(
        "--recipes", metavar="DIR", help="Extra folders of recipe files.")] = None,
) -> None:
    """List every job of the recipes (seed x arm x stage), the data each reads and its
    GPU-hours, without running anything or reaching the network.

    RECIPE... are recipe ids (see `verify-claims recipes`).
    """
    import json

    from verify_claims.reproduce import planning
    from verify_claims.reproduce.registry import Registry, UnknownRecipe

    if scale not in ("smoke", "paper"):
        raise typer.BadParameter("must be smoke or paper", param_hint="--scale")
    registry = Registry(recipes_dir or [])
    try:
        chosen = [registry.get(recipe_id) for recipe_id in recipe_ids]
        result = planning.plan(chosen, scale, seeds, throughput)
    except (UnknownRecipe, ValueError) as error:
        console.print(f"[red]error[/]: {escape(str(error))}", highlight=False)
        raise typer.Exit(2) from None
    print(json.dumps(result.to_json(), indent=1) if as_json else planning.render(result))
