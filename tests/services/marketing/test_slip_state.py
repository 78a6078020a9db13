"""Issue 17 part 9: a slip scanned into the box is `verified` in the slips table, not only in the journal."""

from __future__ import annotations

from helpers.marketing_data import Shop, campaign_data
from sqlalchemy import select

from packstation.domain.ports import FixedClock
from packstation.domain.vocabulary import VerdictCode
from packstation.services.marketing.marketing_editor import CampaignEditorService
from packstation.services.marketing.service import MarketingService
from packstation.store.models import Slip
from tests.helpers.packing_data import GTIN_MUG, NOW, add_order


def test_a_scanned_slip_is_verified_in_the_slips_table(packing_world) -> None:  # type: ignore[no-untyped-def]
    store, world, service = packing_world
    order_id = add_order(store, world, "2001", [("MUG", 1)])
    CampaignEditorService(store.sessions, clock=FixedClock(NOW)).save_campaign(
        campaign_data(Shop(world.merchant_id, 0), "thanks", per_customer_limit=0)
    )
    issued = MarketingService(store.sessions, clock=FixedClock(NOW)).issue_slips(order_id).slips
    assert len(issued) == 1
    sid = service.claim(world.packer_id, "ORD-2001").session_id
    service.scan(sid, GTIN_MUG)
    service.confirm_box(sid, "BOX-S")
    service.register_slips(sid, [issued[0].slip_code])
    verdict, _view = service.scan(sid, issued[0].slip_code + "\r")
    assert verdict.code == VerdictCode.SLIP_VERIFIED
    with store.sessions() as session:
        slip = session.scalars(select(Slip).where(Slip.order_id == order_id)).one()
        assert (slip.status, slip.verified_at is not None) == ("verified", True)  # today: still "printed"
