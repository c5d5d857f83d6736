namespace CoSo.Core.Maternal;

public enum DeliveryMode
{
    SpontaneousVaginal = 1,

    /// <summary>Vacuum or forceps.</summary>
    AssistedVaginal = 2,

    Caesarean = 3,
}
