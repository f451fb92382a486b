# %% [markdown]
# # crosscheck from Python
#
# A notebook in the percent format (Jupyter, VS Code and `jupytext` open it as cells; `python
# examples/python/tour.py` runs it top to bottom from the repository's root). It needs the
# package (`pip install` the wheel built by `maturin build --manifest-path python/Cargo.toml`)
# and, for the last cell, `dask[distributed]`.

# %%
import crosscheck
import pandas as pd

# %% [markdown]
# ## The report of a corpus folder
# The shipped corpus: every group of claims on one subject and property, judged.

# %%
report = crosscheck.check("claims")
print(report.summary["groups"], "groups,", report.summary["conflict"], "in conflict")
groups = report.to_pandas()
print(groups[groups["verdict"] == "conflict"][["id", "verdict", "rule", "review"]].to_string(index=False))

# %% [markdown]
# ## Claims from a data frame
# Rows with the fields of a bulk JSON Lines claim; without a corpus the registry is open.

# %%
claims = pd.DataFrame(
    [
        {"source": "Wire Desk", "subject": "Camp North", "property": "fighter-count", "value": "about 200", "as_of": "2025-10-22"},
        {"source": "Daily Post", "subject": "Camp North", "property": "fighter-count", "value": "900", "as_of": "2025-10-22"},
    ]
)
judged = crosscheck.judge(claims)
print(judged[["subject", "property", "verdict", "rule"]].to_string(index=False))
print(judged.loc[0, "reason"])

# %% [markdown]
# ## Bad input: one exception, every problem

# %%
try:
    crosscheck.judge([{"source": "Wire Desk", "subject": "Camp North", "property": "fighter-count", "value": "many"}], strict=True)
except crosscheck.CrosscheckError as error:
    for diagnostic in error.diagnostics:
        print(diagnostic.file, diagnostic.line, diagnostic.code, "-", diagnostic.message)

# %% [markdown]
# ## The same on Dask
# Two local workers (threads, so that this file also runs as a script); give `Client` a
# scheduler's address (`Client("tcp://scheduler:8786")`) for a real cluster.

# %%
import dask.dataframe as dd
from dask.distributed import Client, LocalCluster

from crosscheck.dask import judge_claims

with LocalCluster(n_workers=2, processes=False, dashboard_address=None) as cluster, Client(cluster):
    on_dask = judge_claims(dd.from_pandas(claims, npartitions=2)).compute()
print(on_dask[["subject", "property", "verdict", "rule"]].to_string(index=False))
print("the same as one process:", on_dask.equals(judged.astype(object)))
