-- The browser a learner joined from (a random id from its signed cookie), so that the post limit holds for the
-- browser and not only for the name it joined under. Empty for learners a moderator added without a device.
alter table participant add column device_id varchar(40);
