# screens-erp
