-- Interchange control numbers of outbound 270s (ISA13/GS06/ST02): must not repeat for years with one clearinghouse.
CREATE SEQUENCE eligibility_control_number MINVALUE 1 MAXVALUE 999999999 CYCLE;
