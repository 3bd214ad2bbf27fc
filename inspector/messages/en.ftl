ins-title = KMK ticket inspection
ins-lang-nav = Language
ins-result = Result of the check
ins-waiting = Scan the ticket's QR code or type its code.
ins-valid = VALID
ins-not-valid = NOT VALID
ins-checked-at = Checked { $at } (check no. { $n })
ins-why-malformed = Not a KMK ticket of a known format
ins-why-unknown-key = Signed with a key this device does not know
ins-why-bad-signature = The signature does not match: forged or altered
ins-why-key-not-valid = Issued outside the signing key's validity
ins-why-revoked = Refunded and revoked
ins-why-not-yet-valid = Not valid yet
ins-why-expired = Expired
ins-scan = Scan with the camera
ins-camera-start = Turn the camera on
ins-camera-stop = Turn the camera off
ins-camera-view = Camera view
ins-camera-starting = Turning the camera on…
ins-camera-looking = Camera on: point it at the ticket's QR code.
ins-camera-read = Code read; the camera is off.
ins-camera-denied = The camera was not allowed. Allow it in the browser's settings, or type the code.
ins-camera-missing = The camera cannot be turned on on this device. Type the ticket's code.
ins-type = Type the code
ins-code = Ticket code
ins-code-hint = The code under the QR code, in groups of five. Case, spaces and hyphens do not matter.
ins-code-character = The code has a character that ticket codes never use. Check the code and correct it.
ins-code-check = The code is incomplete or a character was mistyped. Check it character by character.
ins-check = Check the ticket
ins-d-ticket = Ticket
ins-d-zones = Zones
ins-d-fare = Fare
ins-d-resident = Resident price
ins-resident-card = Yes: ask for the Karta Krakowska
ins-d-valid = Valid
ins-d-vehicle = Vehicle
ins-d-line = Line
ins-d-number = Ticket number
ins-left-minutes = { $n ->
    [one] { $n } minute left
   *[other] { $n } minutes left
}
ins-left-hours = { $n ->
    [one] { $n } hour left
   *[other] { $n } hours left
}
ins-left-days = { $n ->
    [one] { $n } day left
   *[other] { $n } days left
}
ins-holder = Name on the passenger's document
ins-holder-check = Compare with the ticket
ins-holder-matches = Matches the person on the ticket.
ins-holder-differs = Does not match the person on the ticket.
ins-device = Data on this device
ins-keys = Portal keys: { $n }
ins-revoked = Revoked tickets: { $n }
ins-refreshed = Last updated: { $at }
ins-never-refreshed = The list of revoked tickets has not been downloaded yet.
ins-stale = The list of revoked tickets is more than a day old or missing: tickets refunded since then will not be recognised. Connect to the network and sign in as an inspector.
ins-online = Network: connected
ins-offline = Network: none (checking still works)
ins-offline-ready = The app is ready to work without a network.
ins-offline-not-ready = The app is not yet saved for working without a network.
ins-sync-working = Updating the keys and the list…
ins-sync-done = The keys and the list of revoked tickets are up to date.
ins-sync-signed-out = The keys were updated. To download the list of revoked tickets, sign in as an inspector.
ins-sync-not-inspector = This account is not an inspector's: the list of revoked tickets was not downloaded.
ins-sync-offline = No network: checks use the data saved on this device.
ins-sync-failed = The portal answered something this app did not accept; the data held so far were kept.
ins-sign-in = Sign in
ins-refresh = Update now
