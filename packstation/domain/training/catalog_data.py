"""The fixed part of the demo floor: merchants, their products, boxes, void fill, benches and people.

Kept as plain tables so the README can document them and trainers can rely on them (same badges, same SKUs in
every demo database); only customers and orders vary with the seed.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class MerchantSpec:
    code: str
    name: str
    prefix: str  # order reference prefix
    gs1_company: str  # 7-digit GS1 company prefix the merchant's GTIN-13s start with
    address_line1: str
    postal_code: str
    city: str
    country: str
    currency: str
    locales: tuple[tuple[str, int], ...]  # customers' locales with weights
    weight: int  # share of the orders
    returns_policy: str
    qc_rules: tuple[tuple[str, bool], ...] = ()


@dataclass(frozen=True)
class SkuSpec:
    code: str
    description: str
    category: str
    dims: tuple[int, int, int]  # mm
    weight_g: int
    price: str
    flags: frozenset[str] = frozenset()  # fragile, up, alone, serial, lot, each, soft
    hazmat: str = ""
    shelf_days: int = 0
    case_qty: int = 0  # > 0: a case-pack GTIN-14 counting this many units
    vendor_code: str = ""
    max_qty_entry: int = 0


def _s(
    code: str, desc: str, cat: str, dims: tuple[int, int, int], g: int, price: str, flags: str = "", **kw: object
) -> SkuSpec:
    return SkuSpec(code, desc, cat, dims, g, price, frozenset(flags.split()), **kw)  # type: ignore[arg-type]


SIZES = ("S", "M", "L", "XL")


def _variants(
    code: str,
    desc: str,
    cat: str,
    dims: tuple[int, int, int],
    g: int,
    price: str,
    flags: str,
    variants: tuple[str, ...],
    **kw: object,
) -> tuple[SkuSpec, ...]:
    """Size or colour variants: one SKU (and GTIN) each, as shops list them."""
    return tuple(
        _s(f"{code}-{v}", f"{desc}, {v.lower() if len(v) > 2 else v}", cat, dims, g, price, flags, **kw)
        for v in variants
    )


MERCHANTS = (
    MerchantSpec(
        "NORDLYS",
        "Nordlys Friluft AS",
        "NL",
        "7090042",
        "Sjøgata 12",
        "0150",
        "Oslo",
        "NO",
        "NOK",
        (("nb", 70), ("en", 20), ("fi", 10)),
        45,
        "Return within 30 days with the code on the returns slip.",
        (("weight_check", True),),
    ),
    MerchantSpec(
        "KAWKA",
        "Kawka Palarnia Sp. z o.o.",
        "KW",
        "5901234",
        "ul. Floriańska 7",
        "31-019",
        "Kraków",
        "PL",
        "PLN",
        (("pl", 75), ("en", 25)),
        30,
        "Returns within 14 days with the code on the returns slip.",
        (("damage_inspection", True),),
    ),
    MerchantSpec(
        "LOYLY",
        "Löyly Koti Oy",
        "LY",
        "6412345",
        "Hämeenkatu 21",
        "33200",
        "Tampere",
        "FI",
        "EUR",
        (("fi", 70), ("nb", 10), ("en", 20)),
        25,
        "Returns within 30 days with the code on the returns slip.",
    ),
)

# The returns policy in the customers' own languages (merchants.returns_policies); English is `returns_policy`.
RETURNS_POLICIES: dict[str, dict[str, str]] = {
    "NORDLYS": {
        "nb": "Retur innen 30 dager med koden på returseddelen.",
        "fi": "Palautus 30 päivän kuluessa palautuslomakkeen koodilla.",
    },
    "KAWKA": {"pl": "Zwroty w ciągu 14 dni z kodem z formularza zwrotu."},
    "LOYLY": {
        "fi": "Palautus 30 päivän kuluessa palautuslomakkeen koodilla.",
        "nb": "Retur innen 30 dager med koden på returseddelen.",
    },
}

SKUS: dict[str, tuple[SkuSpec, ...]] = {
    "NORDLYS": (
        _s(
            "NL-HL200",
            "Headlamp 200 lm, rechargeable",
            "lighting",
            (90, 60, 45),
            110,
            "449.00",
            "serial",
            hazmat="9",
            vendor_code="NL-HL200-V",
        ),
        _s(
            "NL-GPS5",
            "GPS watch Fjell 5",
            "electronics",
            (110, 90, 70),
            240,
            "3490.00",
            "fragile serial each",
            hazmat="9",
        ),
        _s("NL-GAS230", "Gas canister 230 g", "cooking", (110, 110, 95), 370, "69.00", "alone up", hazmat="2"),
        _s("NL-STOVE", "Camping stove Bål", "cooking", (130, 100, 90), 320, "699.00", "serial"),
        *_variants(
            "NL-SOCK", "Wool hiking socks", "clothing", (200, 100, 30), 90, "199.00", "soft", SIZES, case_qty=10
        ),
        *_variants("NL-FLEECE", "Fleece jacket Tind", "clothing", (350, 280, 60), 480, "899.00", "soft", SIZES),
        *_variants("NL-BASE", "Merino base layer", "clothing", (300, 220, 40), 210, "749.00", "soft", SIZES),
        _s("NL-TENT2", "Tent Vidde 2", "shelter", (480, 180, 180), 2300, "3999.00"),
        _s("NL-BAG-20", "Sleeping bag -20 °C", "shelter", (420, 260, 260), 1600, "2499.00", "soft"),
        *_variants(
            "NL-BOTTLE",
            "Steel bottle 0.75 l",
            "hydration",
            (280, 80, 80),
            340,
            "299.00",
            "",
            ("BLACK", "GREEN", "ORANGE"),
        ),
        _s("NL-KARA10", "Carabiner", "climbing", (100, 60, 15), 45, "89.00", case_qty=10, max_qty_entry=20),
        _s("NL-FAK", "First-aid kit Tur", "safety", (180, 120, 60), 260, "349.00", "lot", shelf_days=180),
        _s(
            "NL-BAR",
            "Energy bar, cloudberry",
            "food",
            (130, 40, 20),
            55,
            "35.00",
            "lot",
            shelf_days=90,
            case_qty=12,
            max_qty_entry=48,
        ),
        _s(
            "NL-MEAL",
            "Freeze-dried meal, reindeer stew",
            "food",
            (220, 160, 60),
            160,
            "129.00",
            "lot soft",
            shelf_days=120,
        ),
        _s("NL-LANT", "Glass storm lantern", "lighting", (240, 140, 140), 780, "549.00", "fragile up"),
        _s(
            "NL-SPRAY",
            "Insect repellent spray 100 ml",
            "safety",
            (150, 45, 45),
            120,
            "119.00",
            "up lot",
            hazmat="2",
            shelf_days=60,
        ),
        _s("NL-POLES", "Trekking poles, pair", "hiking", (650, 80, 80), 520, "799.00"),
        _s("NL-SUN", "Glacier sunglasses", "eyewear", (160, 70, 50), 80, "649.00", "fragile"),
        _s("NL-PB10", "Power bank 10 000 mAh", "electronics", (140, 70, 25), 230, "399.00", "serial each", hazmat="9"),
        _s("NL-MAP", "Hiking map Jotunheimen", "books", (240, 130, 5), 60, "149.00", "soft"),
    ),
    "KAWKA": (
        _s(
            "KW-BEAN-250",
            "Coffee beans Etiopia, 250 g",
            "coffee",
            (180, 100, 60),
            260,
            "49.00",
            "lot soft",
            shelf_days=60,
            case_qty=6,
        ),
        _s(
            "KW-BEAN-1K",
            "Coffee beans Brazylia, 1 kg",
            "coffee",
            (260, 140, 90),
            1030,
            "159.00",
            "lot soft",
            shelf_days=60,
        ),
        _s(
            "KW-GROUND",
            "Ground coffee Kraków blend, 250 g",
            "coffee",
            (180, 100, 60),
            260,
            "45.00",
            "lot soft",
            shelf_days=45,
        ),
        _s("KW-CUPS", "Espresso cups, set of 4", "porcelain", (220, 220, 90), 900, "129.00", "fragile up"),
        _s("KW-MUG", "Stoneware mug", "porcelain", (120, 90, 100), 380, "59.00", "fragile"),
        _s("KW-DRIP", "Glass pour-over dripper", "brewing", (140, 140, 120), 420, "99.00", "fragile up"),
        _s(
            "KW-GRIND",
            "Hand grinder Żarna",
            "brewing",
            (200, 70, 70),
            640,
            "349.00",
            "serial each",
            vendor_code="ZARNA-HG1",
        ),
        _s("KW-KETTLE", "Gooseneck kettle 0.8 l", "brewing", (280, 160, 180), 850, "299.00", "serial"),
        _s("KW-FILT", "Paper filters, 100 pcs", "brewing", (150, 120, 60), 150, "19.00", case_qty=10, max_qty_entry=50),
        _s(
            "KW-SYRUP",
            "Caramel syrup, glass 250 ml",
            "food",
            (200, 60, 60),
            480,
            "29.00",
            "fragile up lot",
            shelf_days=90,
        ),
        _s(
            "KW-CHOC",
            "Dark chocolate 70 %",
            "food",
            (160, 80, 10),
            100,
            "14.00",
            "lot",
            shelf_days=120,
            case_qty=12,
            max_qty_entry=24,
        ),
        _s("KW-TEA", "Tea tin Sencha", "tea", (90, 90, 120), 180, "39.00", "lot", shelf_days=180),
        _s("KW-DESCAL", "Descaler 500 ml", "care", (200, 80, 80), 560, "35.00", "up lot", hazmat="8", shelf_days=30),
        _s("KW-TOTE", "Cotton tote bag", "merch", (380, 340, 5), 110, "39.00", "soft"),
        _s("KW-GIFTSET", "Gift set: beans, mug, chocolate", "gifts", (210, 150, 100), 900, "139.00", "fragile up"),
        _s("KW-SCALE", "Coffee scale with timer", "brewing", (160, 130, 30), 300, "189.00", "serial"),
    ),
    "LOYLY": (
        _s(
            "LY-OIL-BIRCH",
            "Sauna scent, birch, glass 100 ml",
            "scents",
            (130, 45, 45),
            210,
            "14.90",
            "fragile up lot",
            hazmat="3",
            shelf_days=180,
        ),
        _s(
            "LY-OIL-TAR",
            "Sauna scent, tar, glass 100 ml",
            "scents",
            (130, 45, 45),
            210,
            "14.90",
            "fragile up lot",
            hazmat="3",
            shelf_days=180,
        ),
        _s("LY-VIHTA", "Birch whisk (vihta)", "sauna", (500, 250, 120), 450, "12.00", "soft"),
        _s("LY-HAT", "Felt sauna hat", "textiles", (280, 240, 90), 120, "24.00", "soft"),
        _s("LY-TOWEL", "Linen towel 70x140", "textiles", (300, 200, 40), 380, "39.00", "soft"),
        _s("LY-BUCKET", "Wooden sauna bucket 4 l", "sauna", (260, 260, 200), 1100, "49.00"),
        _s("LY-LADLE", "Sauna ladle, birch", "sauna", (450, 80, 70), 180, "19.00"),
        _s("LY-THERMO", "Sauna thermo-hygrometer", "sauna", (160, 160, 40), 260, "34.00", "fragile"),
        _s("LY-STONES", "Sauna stones 20 kg", "sauna", (400, 300, 150), 20000, "29.00", "alone"),
        _s(
            "LY-SOAP",
            "Tar soap bar",
            "care",
            (90, 60, 30),
            110,
            "6.50",
            "lot",
            shelf_days=365,
            case_qty=12,
            max_qty_entry=24,
        ),
        _s("LY-SHAMPOO", "Birch shampoo 250 ml", "care", (190, 60, 45), 290, "11.90", "up lot", shelf_days=120),
        _s(
            "LY-HONEY", "Forest honey, glass jar", "food", (100, 80, 80), 480, "12.50", "fragile up lot", shelf_days=365
        ),
        _s("LY-MUG", "Ceramic mug Kuksa", "ceramics", (120, 90, 95), 350, "29.00", "fragile"),
        _s("LY-PEND", "Silver pendant Revontuli", "jewellery", (60, 50, 20), 30, "189.00", "serial each"),
        _s("LY-CANDLE", "Candle, stearin, pack of 6", "home", (220, 120, 40), 420, "9.90", "soft"),
        _s("LY-BRUSH", "Sauna back brush", "sauna", (420, 80, 50), 160, "15.00"),
    ),
}

# Shared boxes and mailers (merchant None) plus one merchant's own gift box.
# code, barcode, name, kind, inner (L, W, H), empty g, max g, cost, stock, merchant
BOXES = (
    ("S1", "BOX-S1", "Small box 15x10x8", "box", (150, 100, 80), 70, 3000, "0.38", 800, None),
    ("S2", "BOX-S2", "Small box 20x15x10", "box", (200, 150, 100), 110, 5000, "0.45", 900, None),
    ("S3", "BOX-S3", "Small box 25x20x10", "box", (250, 200, 100), 140, 6000, "0.52", 700, None),
    ("M1", "BOX-M1", "Medium box 30x20x15", "box", (300, 200, 150), 190, 10000, "0.64", 600, None),
    ("M2", "BOX-M2", "Medium box 35x25x15", "box", (350, 250, 150), 230, 12000, "0.72", 600, None),
    ("M3", "BOX-M3", "Medium box 40x30x20", "box", (400, 300, 200), 300, 15000, "0.85", 500, None),
    ("L1", "BOX-L1", "Large box 45x35x25", "box", (450, 350, 250), 400, 20000, "1.05", 400, None),
    ("L2", "BOX-L2", "Large box 50x40x30", "box", (500, 400, 300), 520, 25000, "1.25", 300, None),
    ("XL1", "BOX-XL1", "Extra large box 70x40x40", "box", (700, 400, 400), 800, 30000, "1.80", 150, None),
    ("ML1", "BOX-ML1", "Padded mailer A5", "mailer", (250, 180, 25), 25, 1000, "0.22", 1500, None),
    ("ML2", "BOX-ML2", "Padded mailer A4", "mailer", (340, 250, 35), 40, 2000, "0.30", 1200, None),
    ("PB1", "BOX-PB1", "Poly bag 40x30", "poly", (400, 300, 60), 15, 3000, "0.08", 3000, None),
    ("KW-GIFT", "BOX-KW-GIFT", "Kawka gift box", "box", (230, 170, 110), 160, 3000, "1.40", 200, "KAWKA"),
)
BOX_WALL_MM = 6  # outer = inner + 2 walls on each side

# code, name, kind, unit, unit volume ml, unit cost, for fragile
CUSHIONING = (
    ("AIR", "Air pillows 20x10", "air_pillow", "pcs", 1600, "0.02", False),
    ("PAPER", "Kraft paper sheet", "paper", "sheet", 900, "0.04", False),
    ("BUBBLE", "Bubble wrap, 50 cm", "bubble_wrap", "piece", 600, "0.09", True),
)

STATIONS = (("BENCH-01", "Bench 1"), ("BENCH-02", "Bench 2"), ("BENCH-03", "Bench 3"), ("BENCH-04", "Bench 4"))

# name, badge, role, PIN, locale, trainee, large text — documented in the README for trainers.
USERS = (
    ("Ingrid Berg", "BADGE-P001", "packer", "1111", "nb", False, False),
    ("Kasia Nowak", "BADGE-P002", "packer", "2222", "pl", False, False),
    ("Mikko Laine", "BADGE-P003", "packer", "3333", "fi", False, True),
    ("Sam Taylor", "BADGE-P004", "packer", "4444", "en", True, False),
    ("Marta Kowalska", "BADGE-L001", "lead", "5050", "pl", False, False),
    ("Aino Heikkinen", "BADGE-T001", "trainer", "6060", "fi", False, False),
    ("Admin", "BADGE-A001", "admin", "9090", "en", False, False),
)

FIRST_NAMES = {
    "nb": (
        "Bjørn",
        "Åse",
        "Kari",
        "Ola",
        "Ingrid",
        "Sigrid",
        "Håkon",
        "Øystein",
        "Solveig",
        "Torbjørn",
        "Marit",
        "Eirik",
    ),
    "pl": (
        "Łukasz",
        "Małgorzata",
        "Agnieszka",
        "Grzegorz",
        "Zofia",
        "Paweł",
        "Katarzyna",
        "Wojciech",
        "Jędrzej",
        "Bożena",
    ),
    "fi": ("Päivi", "Jyrki", "Sini", "Mikko", "Aino", "Väinö", "Tuula", "Eetu", "Ilkka", "Säde"),
    "en": ("Oliver", "Emma", "Harry", "Amelia", "George", "Isla", "Jack", "Sophie", "Niamh", "Rhys"),
}
LAST_NAMES = {
    "nb": ("Haugen", "Ødegård", "Bråthen", "Sæther", "Løvås", "Nordmann", "Kristiansen", "Bø", "Dæhli", "Strøm"),
    "pl": ("Żółć", "Wójcik", "Kowalczyk", "Nowak", "Mazur", "Krawczyk", "Piątek", "Sołtys", "Wróbel", "Kaczmarek"),
    "fi": (
        "Virtanen",
        "Mäkelä",
        "Häkkinen",
        "Järvinen",
        "Korhonen",
        "Nieminen",
        "Hämäläinen",
        "Lähteenmäki",
        "Kärkkäinen",
        "Ylönen",
    ),
    "en": ("Smith", "Taylor", "O'Brien", "Brown", "Wilson", "Evans", "Clarke", "Walker", "Hughes", "Patel"),
}
# locale -> country, [(city, postal code)], [streets]
ADDRESSES = {
    "nb": (
        "NO",
        (("Oslo", "0150"), ("Bergen", "5003"), ("Trondheim", "7011"), ("Tromsø", "9008")),
        ("Storgata", "Kirkegata", "Bryggen", "Sjøgata", "Løkkeveien"),
    ),
    "pl": (
        "PL",
        (("Warszawa", "00-001"), ("Kraków", "31-001"), ("Gdańsk", "80-001"), ("Łódź", "90-001")),
        ("ul. Marszałkowska", "ul. Floriańska", "ul. Długa", "ul. Piotrkowska", "ul. Źródlana"),
    ),
    "fi": (
        "FI",
        (("Helsinki", "00100"), ("Tampere", "33100"), ("Oulu", "90100"), ("Jyväskylä", "40100")),
        ("Mannerheimintie", "Hämeenkatu", "Kauppurienkatu", "Kauppakatu", "Yliopistonkatu"),
    ),
    "en": (
        "GB",
        (("London", "SW1A 1AA"), ("Manchester", "M1 1AE"), ("Edinburgh", "EH1 1YZ"), ("Leeds", "LS1 4DY")),
        ("High Street", "Station Road", "Church Lane", "Mill Road", "Victoria Street"),
    ),
}
CARRIERS = {
    "NO": ("bring", "postnord"),
    "PL": ("inpost", "dpd"),
    "FI": ("posti", "postnord"),
    "GB": ("dhl", "royalmail"),
}
GIFT_MESSAGES = {
    "nb": ("Gratulerer med dagen! Klem fra Åse", "God tur i fjellet!"),
    "pl": ("Wszystkiego najlepszego! Ściskam, Zośka", "Smacznej kawy!"),
    "fi": ("Hyvää syntymäpäivää! Terveisin Päivi", "Hyviä löylyjä!"),
    "en": ("Happy birthday! Love, Emma", "Enjoy — you deserve it."),
}
# The first customers of every demo floor, so the README and tests can point at them: locale, first, last, merchant,
# history profile.
SHOWCASE_CUSTOMERS = (
    ("nb", "Bjørn", "Haugen", "NORDLYS", "vip"),
    ("pl", "Łukasz", "Żółć", "KAWKA", "incident"),
    ("fi", "Päivi", "Virtanen", "LOYLY", "first"),
    ("en", "Oliver", "Smith", "NORDLYS", "lapsed"),
)


def money(text: str) -> Decimal:
    return Decimal(text)
