package main

import (
	"context"
	"errors"
)

func runBrief(ctx context.Context, e *env, args []string) error { return errors.New("not built yet") }
