using OrientationBot.Benchmarks;

// Benchmarks live here, never in the test run: dotnet run -c Release --project tests/OrientationBot.Benchmarks -- <name>
return args.FirstOrDefault() switch
{
    "ingestion" => IngestionBenchmark.Run(args[1..]),
    "search" => SearchBenchmark.Run(args[1..]),
    "tips" => TipsBenchmark.RunAsync(args[1..]).GetAwaiter().GetResult(),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/OrientationBot.Benchmarks -- ingestion|search|tips");
    return 2;
}
