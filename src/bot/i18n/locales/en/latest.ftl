## Latest
latest-header = 🆕 <b>The newest items</b>
latest-empty = No published items yet. Send /subscribe to hear about the first ones.
