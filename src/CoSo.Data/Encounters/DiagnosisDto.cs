namespace CoSo.Data.Encounters;

public sealed record DiagnosisDto(string Code, string NameVi, bool IsMain);
