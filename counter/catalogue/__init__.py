"""The procedure catalogue: procedures, their documents, fees and processing times."""
