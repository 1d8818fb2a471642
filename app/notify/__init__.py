"""Messages to applicants: WhatsApp, SMS and e-mail when a file is received, returned,
ready or handed over, when a complaint is answered, and before a permit expires.

Modules, in the order a message travels:
- templates.py  the texts per message kind, placeholders checked when saved
- consent.py    the applicant's consent and preferred channel, recorded at intake
- queue.py      `on_event` (called by `workflow.apply`) and `on_complaint_answered` write
                the message rows in the same transaction as the event that causes them;
                the three expiry reminders are queued when the SK is signed, due on
                their calendar days
- channels.py   e-mail over SMTP (smtplib; STARTTLS, TLS or none) and WhatsApp/SMS
                through a configurable HTTP gateway (Fonnte/Wablas style)
- sender.py     `run_once`: what is due goes out, one message at a time, each attempt
                recorded before and after it; backoff; a channel that is down is
                skipped for the rest of the pass
- log.py        rows for the file's timeline, the administrator's page, `loket notify log`

Decisions:
- Queue and log are one synced table, `notify_message`, its key derived from the
  message's idempotency key (`RECEIVED|<application>|<receipt>` …), so the same real
  message is one row everywhere. Only one workstation sends (`notify.send_workstation`,
  like `sicantik.pull_workstation`): the gateway token and the SMTP password then live
  in one keyring, one WhatsApp device sends at its own pace, and the sender's lock
  (one `notify run` per data folder) makes "claim, send, record" a single writer's
  sequence. Deduplicating centrally instead would need every sender online to claim a
  message before sending it: a satellite counter without its LAN could not send at all,
  and the central database would become part of every send. With the setting empty
  (one workstation, the default) each workstation sends the messages it queued itself.
- Exactly once: a message is marked SENDING (committed) before it goes out, and SENT
  right after the server accepted it. A crash between the two leaves it SENDING; the
  next run sends it again with the same idempotency key (HTTP header
  `notify.wa.idempotency_header`; for e-mail the Message-ID), which a gateway that
  honours the key deduplicates. Where the gateway does not (Fonnte and Wablas document
  no such key), that one message may arrive twice — the window is the gateway's answer
  plus one commit. `notify.resend_uncertain = false` chooses at-most-once instead: such
  a message is held as UNCERTAIN for the administrator to resend or drop.
- Sending never runs on a counter's thread: `loket notify run` (a service or scheduled
  task on the sending workstation) or the GUI's background runner does it; a counter
  only writes a row in its own transaction.
"""
