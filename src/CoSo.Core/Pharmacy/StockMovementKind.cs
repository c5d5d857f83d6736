namespace CoSo.Core.Pharmacy;

/// <summary>What moved stock in or out (sổ xuất – nhập – tồn). Receipts and returns add; the others issue.</summary>
public enum StockMovementKind
{
    Receipt = 1,
    Dispense = 2,
    PatientReturn = 3,
    SupplierReturn = 4,
    Adjustment = 5,
    TransferOut = 6,
    TransferIn = 7,
}
