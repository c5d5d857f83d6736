namespace CoSo.Data.Fhir;

/// <summary>The FHIR date prefixes CoSo supports (R4 §3.1.1.4.1; ne, sa, eb and ap are not).</summary>
public enum DatePrefix
{
    Eq,
    Ge,
    Gt,
    Le,
    Lt,
}
