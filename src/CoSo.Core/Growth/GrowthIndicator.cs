namespace CoSo.Core.Growth;

/// <summary>The WHO Child Growth Standards tables CoSo uses (anthro's data-raw files).</summary>
public enum GrowthIndicator
{
    /// <summary>weianthro: by age in days, 0–1826.</summary>
    WeightForAge,

    /// <summary>lenanthro: by age in days; recumbent length below 731 days, standing height from 731.</summary>
    LengthForAge,

    /// <summary>wflanthro: by recumbent length, 45–110 cm in 0.1 cm rows.</summary>
    WeightForLength,

    /// <summary>wfhanthro: by standing height, 65–120 cm in 0.1 cm rows.</summary>
    WeightForHeight,

    /// <summary>bmianthro: by age in days, length-based below 731 days.</summary>
    BmiForAge,
}
