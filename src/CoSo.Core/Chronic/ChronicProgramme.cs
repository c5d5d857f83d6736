namespace CoSo.Core.Chronic;

public enum ChronicProgramme
{
    Hypertension = 1,
    Diabetes = 2,
}
