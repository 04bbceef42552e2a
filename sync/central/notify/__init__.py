"""Sending the notification outbox: the text of each message, the channels (SMTP for
e-mail, an HTTP gateway for SMS and Zalo), and the round that sends what is due."""
