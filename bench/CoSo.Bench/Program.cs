Console.WriteLine("CoSo benchmarks");
