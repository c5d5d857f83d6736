namespace CoSo.Core.Maternal;

public enum Breastfeeding
{
    /// <summary>Breast milk only.</summary>
    Exclusive = 1,

    Partial = 2,

    None = 3,
}
