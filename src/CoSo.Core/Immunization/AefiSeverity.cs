namespace CoSo.Core.Immunization;

public enum AefiSeverity
{
    Mild = 1,
    Serious = 2,
}
