-- What the predio still owed right after a payment (the partial-payment receipt says it).
-- NULL for payments posted before this version: their receipts print no balance line.
ALTER TABLE PREDIAL_PAGO ADD SALDO_DESPUES DECIMAL(14,2) NULL;
