using StaticKpi.Cli;

CrashReport.InTempFolder.HandleUnhandledExceptions(Console.Error);
return StatickpiCli.Run(args, Console.Out, Console.Error);
