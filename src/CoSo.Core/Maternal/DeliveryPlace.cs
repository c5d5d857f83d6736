namespace CoSo.Core.Maternal;

/// <summary>Where a woman gave birth.</summary>
public enum DeliveryPlace
{
    Home = 1,

    /// <summary>On the way to a facility (đẻ rơi).</summary>
    OnTheWay = 2,

    /// <summary>A commune health station.</summary>
    Station = 3,

    /// <summary>A hospital or regional health centre (district level and above).</summary>
    Hospital = 4,

    /// <summary>A private clinic or maternity home.</summary>
    PrivateFacility = 5,
}
