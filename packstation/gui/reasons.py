"""The preset reasons the reason dialog offers (English sources, shown through tr()); a leaf module, so the
translation catalogue reads them without importing the order flow."""

EXCEPTION_REASONS = (
    "Item missing from the tote",
    "Item damaged, no replacement",
    "Wrong item picked",
    "QC failed",
    "Customer asked to hold",
)
REMOVE_REASONS = ("Damaged", "Wrong item", "Extra unit", "Customer asked")
REPRINT_REASONS = ("Label smudged or torn", "Printer jam", "Slip missing", "Box changed")
VOID_REASONS = ("Wrong box or weight", "Order reopened", "Label damaged")
