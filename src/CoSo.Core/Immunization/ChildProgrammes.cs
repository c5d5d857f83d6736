namespace CoSo.Core.Immunization;

/// <summary>The programmes a child is enrolled in; every child has the routine one, some communes add high-risk-area vaccines.</summary>
[Flags]
public enum ChildProgrammes
{
    None = 0,
    Routine = 1,
    HighRiskAreas = 2,
}
