namespace Timeline.Core.Places;

/// <summary>Great-circle distances on the WGS 84 mean sphere (haversine, radius 6371 km).</summary>
public static class GeoDistance
{
    private const double EarthRadiusKm = 6371.0;

    public static double Kilometres(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = double.DegreesToRadians(lat2 - lat1);
        var dLon = double.DegreesToRadians(lon2 - lon1);
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
            + Math.Cos(double.DegreesToRadians(lat1)) * Math.Cos(double.DegreesToRadians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    public static double Kilometres(Place a, Place b) => Kilometres(a.Latitude, a.Longitude, b.Latitude, b.Longitude);
}
