-- A card a moderator typed for a learner without a device names the moderator who posted it.
alter table card add column posted_by varchar(100);
