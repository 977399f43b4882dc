//! Payroll: employees, pay periods, IBANs, payslips and the pure payslip computation.
//! Room: domain (pure — no I/O; the store keeps these in their own trees so access to
//! them can be restricted by role).

pub mod compute;
pub mod employee;
pub mod iban;
pub mod payslip;
pub mod period;

pub use compute::{OvertimeRule, compute_payslip, parse_hours};
pub use employee::{Deduction, DeductionRule, Employee, PayBasis};
pub use iban::Iban;
pub use payslip::{LineKind, PayLine, Payslip};
pub use period::Period;
