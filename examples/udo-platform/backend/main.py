"""The UDO platform's backend, reduced to what udo-port needs: a FastAPI app with a health route."""

import os

from fastapi import FastAPI

app = FastAPI(title="UDO platform API")


@app.get("/health")
def health() -> dict:
    return {"status": "ok", "port": os.environ.get("API_PORT")}
