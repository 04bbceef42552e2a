"""What the citizen takes home besides the paper: a check code for the online status page,
and the consent to be told when the result is ready."""
