// Benchmarks are added per feature; see README.md in this folder.
Console.WriteLine("usage: dotnet run -c Release --project tests/OrientationBot.Benchmarks -- <benchmark>");
return 2;
