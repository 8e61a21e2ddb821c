"""Building blocks every section uses: the table model, list page, forms, messages, labels, printing, the walk-in dialog, consent buttons, a flow layout."""
