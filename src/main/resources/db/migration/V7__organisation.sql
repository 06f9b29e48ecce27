-- The organisation that issues the reports (one row): the heading of a Party document names the superior party
-- committee, the issuing body and its symbol in the number line, and the place in the dateline (Hướng dẫn 36-HD/VPTW).
create table organisation (
    id             bigint       not null primary key,
    superior_body  varchar(150),
    issuing_body   varchar(150),
    number_symbol  varchar(30),
    place          varchar(100)
);
insert into organisation (id) values (1);
