-- Version 5: reserved for coding provenance (engineer B); empty until that migration lands.
SELECT 1;
