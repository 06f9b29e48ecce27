-- A moderator may say that a solution or experience of any group answers a difficulty of another group; the
-- learner's own link (card.answers_card_id) stays within a group. Who made the link and when is kept.

create table answer_link (
    difficulty_card_id bigint       not null references card (id) on delete cascade,
    answer_card_id     bigint       not null references card (id) on delete cascade,
    linked_by          varchar(100) not null,
    linked_at          timestamp with time zone not null,
    primary key (difficulty_card_id, answer_card_id)
);
create index ix_answer_link_answer on answer_link (answer_card_id);
