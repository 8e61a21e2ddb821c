"""Resolution drafts, their versions and the bodies that adopted them."""
