namespace CoSo.Core.Maternal;

/// <summary>A reason to follow a pregnancy more closely (docs/maternal.md lists the rule behind each).</summary>
public enum RiskFactor
{
    AgeUnder18 = 1,
    AgeOver35 = 2,
    PreviousCaesarean = 3,
    Hypertension = 4,
    Diabetes = 5,
    Anaemia = 6,
    HivPositive = 7,
    SyphilisPositive = 8,
    HepatitisBPositive = 9,

    /// <summary>BP ≥ 140/90 from 20 weeks at a contact (<see cref="PreEclampsiaRule"/>).</summary>
    PreEclampsiaWarning = 10,
}
