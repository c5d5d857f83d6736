namespace CoSo.Core.Indicators;

public enum TrafficLight
{
    NoData = 0,
    Met = 1,
    OnTrack = 2,
    OffTrack = 3,
}
