# The link endpoint of kontor serve --http (unsubscribe, confirm consent) and the
# mailgate's bounces, complaints and unsubscribe mails.
http-log-listening = links (unsubscribe, confirm) over HTTP on { $address }
http-not-found = Page not found
http-not-found-text = This address is unknown or the link is not valid.
http-method = Not possible here
http-bad-request = Bad request
http-bad-request-text = The request could not be read.
http-failed = Something went wrong
http-failed-text = Please try again later.
http-gone = Link no longer valid
http-unsubscribe-title = Unsubscribe
http-unsubscribe-ask = Do you want to receive no more of these e-mails?
http-unsubscribe-button = Unsubscribe
http-unsubscribed = You have been unsubscribed. You will receive no more of these e-mails.
http-confirm-title = Confirm your consent
http-confirm-ask = Please confirm that you want to receive e-mails from us ({ $purpose }).
http-confirm-button = Confirm
http-confirmed = Thank you: your consent is confirmed.
cli-kind-mailing-bounce = mailing bounce
mailgate-returned-unknown-token = addressed to a mailing's bounce or unsubscribe address whose token names no send
mailgate-returned-unreadable = a delivery report to a mailing's bounce address without a readable status
mailgate-returned-bounce = { $hard ->
    [true] hard bounce
   *[other] soft bounce
  } of { $address } (send { $send }){ $suppressed ->
    [true] ; the address is now on the suppression list
   *[other] {""}
  }
mailgate-returned-complaint = complaint about send { $send }: { $address } unsubscribed
mailgate-returned-unsubscribed = { $address } unsubscribed by mail (send { $send })
mailgate-returned-noted = delivery report of send { $send } without a failure: nothing to do
cli-help-serve--http = Also serve the links of marketing mail (unsubscribe, confirm consent) over plain HTTP here, behind a reverse proxy that does TLS [default: off]
cli-help-serve--http-trusted-proxy = A reverse proxy whose X-Forwarded-For names the HTTP client (repeatable)
