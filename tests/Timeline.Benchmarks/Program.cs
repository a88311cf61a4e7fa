using Timeline.Benchmarks;

// Timed benchmark runs that print their figures: dotnet run -c Release --project tests/Timeline.Benchmarks -- NAME
var suites = new Dictionary<string, Func<string[], int>>(StringComparer.OrdinalIgnoreCase)
{
    ["extraction"] = ExtractionBenchmark.Run,
    ["dates"] = DatesBenchmark.Run,
    ["gazetteer-load"] = GazetteerLoadBenchmark.Run,
    ["matching"] = MatchingBenchmark.Run,
    ["queries"] = QueriesBenchmark.Run,
    ["dashboard"] = DashboardBenchmark.Run,
};

if (args.Length == 0 || !suites.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine("usage: Timeline.Benchmarks <" + string.Join("|", suites.Keys) + "> [options]");
    return 2;
}
return run(args[1..]);
