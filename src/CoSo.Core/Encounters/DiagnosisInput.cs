namespace CoSo.Core.Encounters;

public sealed record DiagnosisInput(string Code, bool IsMain);
