namespace CoSo.Core.Maternal;

/// <summary>Danger signs of a newborn (WHO/UNICEF young-infant signs): any one means referral.</summary>
[Flags]
public enum NewbornDangerSigns
{
    None = 0,
    NotFeedingWell = 1,
    Convulsions = 2,

    /// <summary>60 breaths a minute or more.</summary>
    FastBreathing = 4,

    SevereChestIndrawing = 8,

    /// <summary>37.5 °C or more.</summary>
    Fever = 16,

    /// <summary>Below 35.5 °C.</summary>
    LowTemperature = 32,

    /// <summary>Moves only when stimulated, or not at all.</summary>
    Lethargy = 64,

    /// <summary>Yellow palms and soles, or yellow skin in the first 24 hours.</summary>
    Jaundice = 128,

    /// <summary>Red skin around the cord or pus from it.</summary>
    UmbilicalInfection = 256,
}
