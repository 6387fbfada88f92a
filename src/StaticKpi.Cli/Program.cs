using StaticKpi.Cli;

return StatickpiCli.Run(args, Console.Out, Console.Error);
