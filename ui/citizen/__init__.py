"""The screen facing the citizen: what is being recorded, the fee's VietQR code, and the
satisfaction rating at the return of the result. Nothing on it outlives the citizen's turn."""
