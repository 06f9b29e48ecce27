-- The card the moderator puts on a workshop's projector, at most one per workshop. Stored rather than only sent
-- from screen to screen, so a projector opened later, reloaded, or served by another node shows it too.
-- A card its author deletes or a moderator hides is taken off by the service (cards are deleted softly).

create table projected_card (
    workshop_id bigint primary key references workshop (id) on delete cascade,
    card_id     bigint not null references card (id) on delete cascade
);
create index ix_projected_card_card on projected_card (card_id);
