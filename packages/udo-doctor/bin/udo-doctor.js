#!/usr/bin/env node
// `npx udo-doctor` where nothing is installed: npx fetches this package by the command's name,
// and this runs udo-port's doctor, which reads this process's argv and sets its exit code.
import 'udo-port/udo-doctor';
